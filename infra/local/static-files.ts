/**
 * Static files for the web console: `web/` at `/`, and bootstrap-italia's dist at
 * `/vendor/bootstrap-italia/` (served from node_modules, so nothing is copied or committed).
 */
import { createReadStream, type Stats, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export interface Mount {
  /** URL prefix, with leading and trailing slash. */
  prefix: string;
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function stat(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** The file a URL path names inside a mount, or undefined; never anything outside the mount's directory. */
export function resolveFile(mounts: Mount[], pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  // Longest prefix first, so /vendor/bootstrap-italia/ wins over /.
  for (const mount of [...mounts].sort((a, b) => b.prefix.length - a.prefix.length)) {
    if (!decoded.startsWith(mount.prefix) && `${decoded}/` !== mount.prefix) continue;
    const root = resolve(mount.dir);
    const file = resolve(root, `.${sep}${decoded.slice(mount.prefix.length)}`);
    if (file !== root && !file.startsWith(root + sep)) return undefined; // ../ escapes
    const info = stat(file);
    if (info?.isFile()) return file;
    if (info?.isDirectory() && stat(join(file, 'index.html'))?.isFile()) return join(file, 'index.html');
    return undefined;
  }
  return undefined;
}

/** Serves the file for GET/HEAD; returns false when no file matches so the caller can answer 404. */
export function serveStatic(mounts: Mount[], req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = resolveFile(mounts, pathname);
  if (!file) return false;
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': 'no-cache', // a local console: edits show on reload
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}
