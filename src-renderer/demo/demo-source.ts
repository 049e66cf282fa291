/**
 * Where the demo file comes from: the app's own origin. `?url` makes the
 * bundler emit the file as an asset, so 2 MB of JSON stay out of the JS bundle.
 */
import demoUrl from '../../resources/demo/demo-shop.json?url';

export async function fetchDemoShop(): Promise<Uint8Array> {
  const response = await fetch(demoUrl);
  if (!response.ok) throw new Error(`The demo file could not be read (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}
