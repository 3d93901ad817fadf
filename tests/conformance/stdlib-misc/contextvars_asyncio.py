# contextvars with asyncio: each task runs in a copy of its creator's context
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handler(name, delay):
    request.set(name)
    await asyncio.sleep(delay)
    return name, request.get()


async def main():
    request.set("main")
    results = await asyncio.gather(handler("a", 0.02), handler("b", 0.01), handler("c", 0))
    print(results, request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in ctx")
    task = asyncio.create_task(handler("d", 0), context=ctx)
    print(await task, ctx[request], request.get())

    async def reader():
        return request.get()
    print(await asyncio.create_task(reader()))


asyncio.run(main())
print(request.get())
