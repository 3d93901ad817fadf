# Generated control flow (seed 312 of a random program generator): split loops, break/
# continue/return/raise inside them, send/throw/close, closing iterators.
def src(n, log):
    try:
        for k in range(n):
            yield k
    finally:
        log.append('closed')

def gen(log):
    for i1 in src(3, log):
        log.append(('f1', i1))
        for i2 in [1, 2]:
            log.append(('f2', i2))
            if len(log) % 2 == 0:
                if len(log) % 3 == 0:
                    break
                yield len(log)
        for i6 in src(3, log):
            log.append(('f6', i6))
            try:
                if len(log) % 5 == 0:
                    raise KeyError(len(log))
            except KeyError as e:
                log.append(('caught', e.args))
            finally:
                log.append('fin7')
            log.append(8)
    else:
        log.append('else1')
        w9 = 0
        while w9 < 1:
            w9 += 1
            log.append(('w9', w9))
            w10 = 0
            while w10 < 1:
                w10 += 1
                log.append(('w10', w10))
                yield len(log)
        w12 = 0
        while w12 < 2:
            w12 += 1
            log.append(('w12', w12))
            log.append(13)
    w14 = 0
    while w14 < 0:
        w14 += 1
        log.append(('w14', w14))
        for i15 in range(3):
            log.append(('f15', i15))
            yield len(log)
            w17 = 0
            while w17 < 1:
                w17 += 1
                log.append(('w17', w17))
                yield len(log)
            else:
                log.append('welse17')
            yield len(log)
    else:
        log.append('welse14')
    if len(log) % 4 == 0:
        yield len(log)
        got = yield 22
        log.append(('got', got))
        if len(log) % 3 == 0:
            log.append(24)
            log.append(25)
        else:
            w26 = 0
            while w26 < 2:
                w26 += 1
                log.append(('w26', w26))
                yield len(log)
                yield len(log)
                yield len(log)
            else:
                log.append('welse26')
    else:
        w30 = 0
        while w30 < 1:
            w30 += 1
            log.append(('w30', w30))
            w31 = 0
            while w31 < 1:
                w31 += 1
                log.append(('w31', w31))
                yield len(log)
        else:
            log.append('welse30')

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

