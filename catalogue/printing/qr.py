"""QR codes that take a reader of the printed catalogue to a service's live page."""

import segno

QUIET_ZONE = 2  # modules of white around the code (the entry's white padding adds to it)
# Choosing the best of the eight masks takes ten times longer than making the code; a fixed
# mask reads just as well on paper and keeps a catalogue of hundreds of codes fast.
MASK = 0


def qr_data_uri(url):
    """A black-on-white PNG QR code of ``url`` as a ``data:`` URI, one pixel a module.

    The publication scales it up with ``image-rendering: pixelated`` (no smoothing), so it is
    sharp at any size and adds only a few hundred bytes to the PDF.
    """
    code = segno.make(url, error="m", mask=MASK, micro=False)
    return code.png_data_uri(scale=1, border=QUIET_ZONE)
