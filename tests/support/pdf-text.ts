// A PDF's text as pdf-parse reads it, in a Node process of its own: pdf-parse loads pdf.js's worker with a
// dynamic import, which Jest's CommonJS runtime refuses ("without --experimental-vm-modules"), while plain
// Node runs it as is. The PDF goes in on stdin, the text comes back on stdout.
import { execFile } from 'node:child_process';
import path from 'node:path';

const script = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const r = await parser.getText();
    process.stdout.write(JSON.stringify({ text: r.text, pages: r.total }));
  } finally {
    await parser.destroy();
  }
});`;

export function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', script],
      { cwd: path.resolve(__dirname, '../..'), maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`pdf-parse failed: ${stderr || err.message}`));
        else resolve(JSON.parse(stdout) as { text: string; pages: number });
      },
    );
    child.stdin!.end(Buffer.from(pdf));
  });
}
