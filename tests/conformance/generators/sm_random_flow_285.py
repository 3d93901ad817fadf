# Generated control flow (seed 285 of a random program generator): split loops, break/
# continue/return/raise inside them, send/throw/close, closing iterators.
def src(n, log):
    try:
        for k in range(n):
            yield k
    finally:
        log.append('closed')

def gen(log):
    w1 = 0
    while w1 < 3:
        w1 += 1
        log.append(('w1', w1))
        w2 = 0
        while w2 < 3:
            w2 += 1
            log.append(('w2', w2))
            for i3 in src(3, log):
                log.append(('f3', i3))
                try:
                    if len(log) % 5 == 0:
                        raise KeyError(len(log))
                except KeyError as e:
                    log.append(('caught', e.args))
                finally:
                    log.append('fin4')
                log.append(5)
            else:
                log.append('else3')
                yield len(log)
            if len(log) % 2 == 1:
                continue
    log.append(8)
    if len(log) > 30:
        return ('ret', len(log))

def drive(mode):
    log = []
    g = gen(log)
    out = []
    try:
        for step in range(40):
            if mode == 1 and step == 3:
                out.append(('throw', g.throw(IndexError('x'))))
            elif mode == 2 and step == 2:
                g.close()
                out.append('closed-gen')
                break
            else:
                out.append(g.send(None if step == 0 else step))
    except StopIteration as e:
        out.append(('stop', e.value))
    except Exception as e:
        out.append(('exc', type(e).__name__, str(e)))
    print(mode, out)
    print(mode, log)
for m in range(3):
    drive(m)

