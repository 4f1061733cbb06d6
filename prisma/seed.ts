// Seeds an empty database with the demo tenant (`npm run db:seed`); `npm start` does the same on first run.
import { createDb } from "@connector-hub/db";
import { isDatabaseEmpty, seedDemoData } from "@connector-hub/db/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("error: DATABASE_URL is not set; run this through `npm run db:seed`.");
  process.exit(2);
}
const db = createDb(url);
try {
  if (await isDatabaseEmpty(db)) {
    await seedDemoData(db);
    console.log("Seeded the demo tenant.");
  } else {
    console.log("The database already has data; nothing seeded.");
  }
} finally {
  await db.$disconnect();
}
