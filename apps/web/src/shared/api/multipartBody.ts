/**
 * The form data of an upload for openapi-fetch's `bodySerializer`: each file under its own
 * name, every other field as text; fields left out (undefined, null or empty) are not sent.
 * The generated types name binary content a string, hence the File check at run time.
 */
export function multipartBody(body: object): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null || value === '') continue;
    if (value instanceof File) data.append(name, value, value.name);
    else data.append(name, String(value));
  }
  return data;
}
