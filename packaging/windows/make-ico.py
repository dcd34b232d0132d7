#!/usr/bin/env python3
"""Packs PNG icons into one Windows .ico (PNG-compressed entries, read by
Windows Vista and later): make-ico.py OUT.ico IN.png...  Each PNG must be
square and at most 256 pixels; the sizes are read from its header."""
import struct
import sys


def png_size(data, name):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        sys.exit(f"make-ico: {name} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if width != height or not 1 <= width <= 256:
        sys.exit(f"make-ico: {name} is {width}x{height}; icons are square, 256 at most")
    return width


def main(out, inputs):
    images = []
    for name in inputs:
        with open(name, "rb") as f:
            data = f.read()
        images.append((png_size(data, name), data))
    images.sort(key=lambda image: image[0])
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        # 256 is written as 0; 32 bits per pixel; no palette.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    with open(out, "wb") as f:
        f.write(header + entries + blobs)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: make-ico.py OUT.ico IN.png...")
    main(sys.argv[1], sys.argv[2:])
