"""The rule index of the segmenter's pass: which handlers a block can go to at all.

Each handler is declared with a `Gate`: the block kinds it can take, the contexts of the pass it can
take them in, what the block must or must not look like (`state.look_of`: a colon in it, set as a heading
or in bold, nested in a list), and a test of the whole document, decided once before the pass ("the
minutes stamp their items with the time"). Outside its gate a handler returns False without changing
any state, so the pass need not call it. The index keeps, for each block kind, context and look, the
handlers whose gates let them in, in the order declared: a block still goes to the first that takes it.

A handler may end the context without taking the block (the end of an action list): the pass then
goes on with the handlers the new context lets in, after the one that ended it (`after`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from notes_extract.document import BlockKind
from notes_extract.segment.state import Context

ANY_KIND = frozenset(BlockKind)
TEXT_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})  # all but tables
LINES = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
ANY_CONTEXT = frozenset(Context)

Handler = TypeVar("Handler")


@dataclass(frozen=True)
class Gate:
    """Where a handler can take a block: outside it, the handler would return False and change nothing."""

    kinds: frozenset[BlockKind] = ANY_KIND
    contexts: frozenset[Context] = ANY_CONTEXT
    needs: int = 0  # the look bits the block must have
    excludes: int = 0  # ... and must not have
    document: Callable[[Any], bool] | None = None  # asked of the segmenter once its whole-document passes ran

    def lets_in(self, kind: BlockKind, context: Context, look: int) -> bool:
        return kind in self.kinds and context in self.contexts and look & self.needs == self.needs and \
            not look & self.excludes


class HandlerIndex(Generic[Handler]):
    """For each block kind, context and look, the handlers a block can go to, in their order (each
    list made when first asked for: a document meets a few of them)."""

    def __init__(self, rules: Sequence[tuple[Handler, Gate]]) -> None:
        self._rules = tuple(rules)
        self._handlers: dict[tuple[BlockKind, Context, int], tuple[tuple[int, Handler], ...]] = {}
        self._positions: dict[tuple[BlockKind, Context, int], tuple[int, ...]] = {}

    def handlers(self, kind: BlockKind, context: Context, look: int) -> tuple[tuple[int, Handler], ...]:
        """(position, handler) of each handler a block of ``kind`` and ``look`` can go to in ``context``."""
        key = (kind, context, look)
        if (found := self._handlers.get(key)) is None:
            found = self._handlers[key] = tuple((position, handler) for position, (handler, gate)
                                                in enumerate(self._rules) if gate.lets_in(kind, context, look))
            self._positions[key] = tuple(position for position, _ in found)
        return found

    def after(self, kind: BlockKind, context: Context, look: int, position: int) -> tuple[tuple[int, Handler], ...]:
        """Those of `handlers` that come after the handler at ``position``."""
        handlers = self.handlers(kind, context, look)
        return handlers[bisect_right(self._positions[kind, context, look], position):]


class RuleIndex(Generic[Handler]):
    """The handlers and their gates, and the `HandlerIndex` of each document by what its whole-document
    tests answer (built once for each set of answers: documents mostly answer alike)."""

    def __init__(self, rules: Sequence[tuple[Handler, Gate]]) -> None:
        self.rules = tuple(rules)
        self._tested = tuple(i for i, (_, gate) in enumerate(self.rules) if gate.document is not None)
        self._built: dict[tuple[int, ...], HandlerIndex[Handler]] = {}  # a cache: by the tests the document fails

    def for_document(self, segmenter: Any) -> HandlerIndex[Handler]:
        """The index of the document the segmenter has run its whole-document passes on."""
        failed = tuple(i for i in self._tested if not self.rules[i][1].document(segmenter))  # type: ignore[misc]
        if (index := self._built.get(failed)) is None:
            kept = [rule for i, rule in enumerate(self.rules) if i not in failed]
            index = self._built[failed] = HandlerIndex(kept)
        return index
