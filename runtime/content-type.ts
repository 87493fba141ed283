// A file's content type from its bytes (file-type: magic numbers, the library every Node project uses for
// this), never from its name or the type its sender declared. file-type is an ES module only: Node 20.19+
// and tsx load it with require(), Jest through its SWC transform (jest.config.js `esmOnly`).
import { fileTypeFromBuffer } from 'file-type';

/** The content type the bytes show (e.g. application/pdf, image/jpeg), or undefined when none is known. */
export async function sniffContentType(bytes: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(bytes))?.mime;
}
