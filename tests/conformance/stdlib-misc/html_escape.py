# html: escape, unescape (HTML5 character references) and the entity tables
import html
import html.entities as ents

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"), html.escape("<'\">&", quote=False))
for text in ["&amp; &lt;p&gt; &quot;hi&quot; &#39;", "&eacute;t&eacute; &Eacute;", "&amp &ampx &notit; &notin;",
             "&#65;&#x42;&#X43;&#68", "&#0; &#x80; &#x9f; &#1; &#xD800; &#x110000; &#99999999999999999999;",
             "&#xfffe; &#x1FFFF; &#13; &#127;", "&unknown; & &; &#; &#x; no refs", "&acE; &NotEqualTilde;",
             "&" + "a" * 40 + ";"]:
    print(ascii(html.unescape(text)))
print(len(ents.html5), len(ents.name2codepoint), len(ents.codepoint2name), len(ents.entitydefs))
print(ents.html5["gt;"], ents.html5["amp"], ents.name2codepoint["eacute"], ents.codepoint2name[8364], ents.entitydefs["nbsp"] == "\xa0")
print(list(ents.html5)[:6], list(ents.name2codepoint)[:4])
print(ents.__all__, html.__all__)
