// Crafted zip archives for the refusal tests and the abuse bench: written byte by byte, so they can lie the way
// attackers' archives do (false sizes, entries sharing one deflate block, thousands of entries, a zip inside).
import { deflateSync, zipSync } from "fflate";

interface Local {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  declaredSize: number;
}
interface Central {
  name: string;
  /** Index of the local record this central entry points at (several may point at one). */
  local: number;
  declaredSize?: number;
}

function header(size: number, write: (view: DataView) => void): Uint8Array {
  const out = new Uint8Array(size);
  write(new DataView(out.buffer));
  return out;
}

const encode = (s: string) => new TextEncoder().encode(s);

/** Local records in order, then a central directory whose entries point at them (possibly the same one many times). */
export function craftZip(locals: Local[], centrals: Central[] = locals.map((l, i) => ({ name: l.name, local: i }))): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const l of locals) {
    offsets.push(at);
    const name = encode(l.name);
    const h = header(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(8, l.method, true);
      v.setUint32(18, l.data.byteLength, true);
      v.setUint32(22, l.declaredSize, true);
      v.setUint16(26, name.byteLength, true);
    });
    parts.push(h, name, l.data);
    at += 30 + name.byteLength + l.data.byteLength;
  }
  const directoryStart = at;
  for (const c of centrals) {
    const l = locals[c.local]!;
    const name = encode(c.name);
    parts.push(
      header(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(10, l.method, true);
        v.setUint32(20, l.data.byteLength, true);
        v.setUint32(24, c.declaredSize ?? l.declaredSize, true);
        v.setUint16(28, name.byteLength, true);
        v.setUint32(42, offsets[c.local]!, true);
      }),
      name,
    );
    at += 46 + name.byteLength;
  }
  parts.push(
    header(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, Math.min(centrals.length, 0xfffe), true);
      v.setUint16(10, Math.min(centrals.length, 0xfffe), true);
      v.setUint32(12, at - directoryStart, true);
      v.setUint32(16, directoryStart, true);
    }),
  );
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.byteLength;
  }
  return out;
}

/** 10 MB of zeros as one raw deflate block: about 10 KB. */
export function bombBlock(megabytes = 10): Uint8Array {
  return deflateSync(new Uint8Array(megabytes * 1024 * 1024), { level: 9 });
}

/** The archives an attacker would send, each of which the hub must refuse quickly with a 422 that says why. */
export function bombs(): Record<string, { zip: Uint8Array; says: RegExp }> {
  const block = bombBlock();
  // As in issue 16: every entry a definition in its own folder, all declared small, all the same 10 MB block.
  const thirty = Array.from({ length: 30 }, (_, i) => ({ name: `d${i}/apiDefinition.swagger.json`, local: 0, declaredSize: 1000 }));
  return {
    "30 entries pointing at one 10 MB deflate block": {
      zip: craftZip([{ name: "apiDefinition.swagger.json", method: 8, data: block, declaredSize: 1000 }], thirty),
      says: /share bytes|overlap/,
    },
    "declared sizes false (1 KB declared, 10 MB inside)": {
      zip: craftZip([{ name: "apiDefinition.swagger.json", method: 8, data: block, declaredSize: 1024 }]),
      says: /declares apiDefinition\.swagger\.json as 1024 bytes but it unpacks to more/,
    },
    "declared sizes false and huge (10 MB inflated past the 8 MB limit)": {
      zip: craftZip([{ name: "apiDefinition.swagger.json", method: 8, data: block, declaredSize: 0xfffffff0 }]),
      says: /unpacks to more than 8 MB/,
    },
    "overlapping entries (a local header inside another entry's data)": {
      zip: overlappingZip(),
      says: /share bytes|overlap/,
    },
    "10,000 entries": {
      zip: craftZip(Array.from({ length: 10_000 }, (_, i) => ({ name: `f${i}`, method: 0 as const, data: new Uint8Array(0), declaredSize: 0 }))),
      says: /holds 10000 entries; a paconn package holds at most 64/,
    },
    "a nested zip": {
      zip: zipSync({
        "connector/apiDefinition.swagger.json": encode('{"swagger":"2.0"}'),
        "connector/inner.zip": zipSync({ "apiDefinition.swagger.json": encode("{}") }),
      }),
      says: /holds another archive \(connector\/inner\.zip\)/,
    },
    "a zip disguised as the definition": {
      zip: zipSync({ "apiDefinition.swagger.json": zipSync({ "apiDefinition.swagger.json": encode("{}") }, { level: 0 }) }),
      says: /holds another zip archive as apiDefinition\.swagger\.json/,
    },
    "two entries of one name": {
      zip: craftZip([
        { name: "apiDefinition.swagger.json", method: 0, data: encode('{"swagger":"2.0"}'), declaredSize: 17 },
        { name: "apiDefinition.swagger.json", method: 0, data: encode('{"swagger":"2.0"}'), declaredSize: 17 },
      ]),
      says: /two entries named apiDefinition\.swagger\.json/,
    },
  };
}

/** Two entries whose bytes overlap: the second's local header sits inside the first's data. */
function overlappingZip(): Uint8Array {
  const inner = craftZip([{ name: "apiProperties.json", method: 0, data: encode("{}"), declaredSize: 2 }]);
  const localOfInner = inner.subarray(0, 30 + "apiProperties.json".length + 2);
  const outerData = new Uint8Array(100 + localOfInner.byteLength);
  outerData.set(localOfInner, 100);
  const zip = craftZip(
    [{ name: "apiDefinition.swagger.json", method: 0, data: outerData, declaredSize: outerData.byteLength }],
    [{ name: "apiDefinition.swagger.json", local: 0 }],
  );
  // Add a second central entry pointing into the first entry's data, by rewriting the central directory.
  const view = new DataView(zip.buffer);
  const eocd = zip.byteLength - 22;
  const directoryStart = view.getUint32(eocd + 16, true);
  const innerOffset = 30 + "apiDefinition.swagger.json".length + 100;
  const name = encode("apiProperties.json");
  const extra = header(46, (v) => {
    v.setUint32(0, 0x02014b50, true);
    v.setUint32(20, 2, true);
    v.setUint32(24, 2, true);
    v.setUint16(28, name.byteLength, true);
    v.setUint32(42, innerOffset, true);
  });
  const directory = zip.subarray(directoryStart, eocd);
  const out = new Uint8Array(directoryStart + directory.byteLength + 46 + name.byteLength + 22);
  out.set(zip.subarray(0, eocd), 0);
  out.set(extra, eocd);
  out.set(name, eocd + 46);
  const end = zip.slice(eocd);
  const endView = new DataView(end.buffer);
  endView.setUint16(8, 2, true);
  endView.setUint16(10, 2, true);
  endView.setUint32(12, directory.byteLength + 46 + name.byteLength, true);
  out.set(end, eocd + 46 + name.byteLength);
  return out;
}
