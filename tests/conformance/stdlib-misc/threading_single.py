# threading with one thread: locks, semaphores, events, conditions
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print(lock.locked())
print(lock.locked())
r = threading.RLock()
r.acquire()
r.acquire()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(blocking=False))
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.wait(), e.is_set())
c = threading.Condition()
try:
    c.wait(0.01)
except RuntimeError as err:
    print('RuntimeError', err)
with c:
    print(c.wait(0.01))
    c.notify_all()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
loc = threading.local()
loc.x = 5
print(loc.x, type(threading.get_ident()).__name__)
t = threading.Thread(target=print, name='worker')
print(t.name, t.is_alive(), t.daemon)
