import './qr.css';
import { encode } from 'uqr';

/** A QR code drawn as one SVG path (no markup from strings), with a quiet zone, for any screen. */
export function QrCode(props: { text: string; label: string }) {
  const qr = () => encode(props.text, { ecc: 'M', border: 2 });
  const path = () => {
    const { data } = qr();
    let d = '';
    data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x},${y}h1v1h-1z`)));
    return d;
  };
  return (
    <svg class="qr" viewBox={`0 0 ${qr().size} ${qr().size}`} role="img" aria-label={props.label} shape-rendering="crispEdges">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={path()} fill="#000" />
    </svg>
  );
}
