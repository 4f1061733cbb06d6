"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem", textAlign: "center" }}>
        <h1>Connector Hub is unavailable</h1>
        <p>Try again in a moment. Reference: {error.digest ?? "none"}</p>
      </body>
    </html>
  );
}
