import { inflateSync } from "node:zlib";
import type { Finding } from "../types.ts";
import { certifyFinding, type TPublisherKind } from "./certify-types.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface TPngFacts {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  /** The top-left pixel as #rrggbb and its alpha, when the format is one this reader decodes (8-bit RGB, RGBA, palette). */
  corner?: { hex: string; alpha: number };
}

/**
 * Reads what the certification rules need from a PNG: size, colour type and the top-left pixel (the icon's
 * background). For the first row every PNG filter leaves the first pixel as stored, so one inflate of the
 * image data and no full decoder is needed.
 */
export function readPngFacts(bytes: Uint8Array): TPngFacts | undefined {
  if (bytes.length < 33 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const facts: TPngFacts = { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24] as number, colorType: bytes[25] as number };
  let offset = 8;
  const data: Uint8Array[] = [];
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IDAT") data.push(body);
    if (type === "PLTE") palette = body;
    if (type === "tRNS") transparency = body;
    if (type === "IEND") break;
    offset += 12 + length;
  }
  if (facts.bitDepth !== 8 || data.length === 0) return facts;
  try {
    const raw = inflateSync(Buffer.concat(data.map((d) => Buffer.from(d))));
    const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
    if (facts.colorType === 2) facts.corner = { hex: hex(raw[1] ?? 0, raw[2] ?? 0, raw[3] ?? 0), alpha: 255 };
    if (facts.colorType === 6) facts.corner = { hex: hex(raw[1] ?? 0, raw[2] ?? 0, raw[3] ?? 0), alpha: raw[4] ?? 255 };
    if (facts.colorType === 3 && palette) {
      const index = raw[1] ?? 0;
      facts.corner = { hex: hex(palette[index * 3] ?? 0, palette[index * 3 + 1] ?? 0, palette[index * 3 + 2] ?? 0), alpha: transparency?.[index] ?? 255 };
    }
  } catch {
    // A corrupt image stream: size and type are still known.
  }
  return facts;
}

/** The icon rules of reference/certification.md section 4, for the publisher kind. */
export function checkIcon(icon: Uint8Array | undefined, options: { kind: TPublisherKind; brandColor?: string; file?: string }): Finding[] {
  const file = options.file ?? "icon.png";
  if (options.kind === "independent") {
    return icon
      ? [
          certifyFinding(
            "IconNotForIndependent",
            "warning",
            "Independent publishers submit no icon (a generic one is applied, #773): icon.png is left out of the package.",
            file,
          ),
        ]
      : [];
  }
  if (!icon)
    return [
      certifyFinding(
        "IconMissing",
        "error",
        "Add icon.png (PNG, 230 x 230, logo about 160 x 160 on an opaque background equal to iconBrandColor): the certification package must contain one (policy 5000.1.1.1).",
        file,
      ),
    ];
  const png = readPngFacts(icon);
  if (!png) return [certifyFinding("IconNotPng", "error", "icon.png is not a PNG image. Export the icon as PNG, 230 x 230.", file)];
  const findings: Finding[] = [];
  if (png.width !== png.height)
    findings.push(certifyFinding("IconNotSquare", "error", `The icon is ${png.width} x ${png.height}; it must be square, 230 x 230.`, file));
  else if (png.width !== 230)
    findings.push(certifyFinding("IconSize", "warning", `The icon is ${png.width} x ${png.height}; reviewers ask for 230 x 230 (#2588).`, file));
  if (png.corner) {
    if (png.corner.alpha < 255)
      findings.push(certifyFinding("IconTransparent", "error", "The icon's background is transparent; it must be opaque, in the brand colour (#3465).", file));
    else if (png.corner.hex === "#ffffff")
      findings.push(certifyFinding("IconWhiteBackground", "error", "The icon's background is white; use the brand colour (#2588).", file));
    else if (options.brandColor && png.corner.hex !== options.brandColor.toLowerCase()) {
      findings.push(
        certifyFinding(
          "IconBackgroundNotBrandColor",
          "error",
          `The icon's background is ${png.corner.hex} but iconBrandColor is ${options.brandColor}; they must be equal (connector-validate-backgroundwithbrandiconcolor).`,
          file,
        ),
      );
    }
  }
  return findings;
}
