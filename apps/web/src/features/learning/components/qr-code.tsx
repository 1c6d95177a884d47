import { useEffect, useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';

/**
 * A QR code drawn as SVG in the browser; the `qrcode` library is loaded only when a code is shown (the projector
 * page), never with the trainee's pages.
 */
export function QrCode({ value, label, size = 320 }: { value: string; label: string; size?: number }): ReactNode {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((qrcode) =>
      qrcode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((markup) => {
        if (live) setSvg(markup);
      }),
    );
    return () => {
      live = false;
    };
  }, [value]);
  if (!svg) {
    return (
      <Center w={size} h={size}>
        <Loader />
      </Center>
    );
  }
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      width={size}
      height={size}
      data-testid="check-in-qr"
      style={{ background: 'white', maxWidth: '100%', height: 'auto' }}
    />
  );
}
