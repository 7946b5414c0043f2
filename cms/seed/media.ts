import sharp from 'sharp'

/**
 * Simple abstract pictures for the demo content, drawn here as SVG and turned
 * into PNG by sharp, so the seed needs no image files and no fonts.
 */
export async function demoPicture(hue: number, variant: number): Promise<Buffer> {
  const c1 = `hsl(${hue}, 55%, 42%)`
  const c2 = `hsl(${(hue + 40) % 360}, 60%, 72%)`
  const shapes = Array.from({ length: 5 }, (_, i) => {
    const x = 80 + ((i * 173 + variant * 61) % 800)
    const y = 60 + ((i * 97 + variant * 43) % 380)
    const r = 40 + ((i * 31 + variant * 17) % 90)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${i % 2 ? c2 : '#ffffff'}" fill-opacity="0.35"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs>
    <rect width="960" height="540" fill="url(#g)"/>${shapes}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
