"""Small text PDFs written without a PDF library: stand-ins for the demo's documents."""


def text_pdf(*lines):
    """A one-page A4 PDF showing ``lines`` in Helvetica, one under another.

    Lines are written as ASCII (other characters become "?"); parentheses become brackets, so
    no escaping is needed in the PDF string literals.
    """
    shown = " ".join(f"({_literal(line)}) Tj 0 -16 Td" for line in lines)
    stream = f"BT /F1 12 Tf 50 780 Td {shown} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


def _literal(line):
    ascii_line = line.encode("ascii", "replace").decode()
    return ascii_line.replace("(", "[").replace(")", "]").replace("\\", "/")
