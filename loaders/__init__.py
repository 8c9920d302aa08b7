"""Text to graph objects. The notebook API: `from loaders import load`.

`load` and `LoadResult` are imported lazily so that modules such as
`loaders.language` stay cheap to import on their own.
"""

__all__ = ["load", "run", "LoadResult"]


def __getattr__(name):
    if name in __all__:
        from loaders import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'loaders' has no attribute {name!r}")
