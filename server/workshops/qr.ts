import { renderSVG } from 'uqr';

/** The join link as a QR code for the projector: an SVG made here (no outside service sees the link). */
export const qrSvg = (text: string): string => renderSVG(text, { ecc: 'M', border: 2 });
