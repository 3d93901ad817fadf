"""HTML character entity tables (html.entities), decoded from the packed data in
_pycell_refdata (generated from python3's tables by scripts/gen_html_entities.py)."""

from html._pycell_refdata import HTML5 as _HTML5, LEGACY as _LEGACY

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _words(block):
    for word in block.split():
        name, _, points = word.rpartition(':')
        yield name, points


# the HTML5 named character references, with and without their ';'
html5 = {name: ''.join(chr(int(p, 16)) for p in points.split(','))
         for name, points in _words(_HTML5)}
# the HTML 4 entities: name -> code point
name2codepoint = {name: int(point, 16) for name, point in _words(_LEGACY)}
codepoint2name = {point: name for name, point in name2codepoint.items()}
entitydefs = {name: chr(point) for name, point in name2codepoint.items()}
