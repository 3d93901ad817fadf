# ast.unparse of f-strings: the quote that needs no escaping, format specs, conversions
import ast
for src in ['f"a\'b\\"c{x}\\n"', 'f"x\\"{y}\'\\n"', 'f"x\'{y}\\"\\n"', "f'{x!r:>{w}.{p}f}'",
            'f"{\'a\'}{x:{\'y\'}}"', "f'{ {1: 2}[1] }'", "f'{x=}'", "f'{a}{{b}}{c!s}'",
            'f"""{x}\n"""', "f'{3.14:.2f} \\t tab'", "f'\\\\{x}'", "f'{\"\\\\n\".join(y)}'" if False else "f'{y}'"]:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text, ast.dump(ast.parse(text)) == ast.dump(tree))
