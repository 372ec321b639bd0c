"""Article feeds in a batch: which items of each feed to narrate this run, and what to remember afterwards;
following and unfollowing feeds."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace

from narrator import ingest, publish
from narrator.config import Settings
from narrator.errors import NarratorError
from narrator.model import Feed, FeedItem
from narrator.pipeline.batch import Outcome
from narrator.pipeline.failures import CURRENT_SOURCE, failure, unexpected
from narrator.pipeline.jobs import origin_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedPlan:
    """What one run does with one feed: the items to narrate now, and those passed over for good."""

    feed: Feed
    todo: tuple[FeedItem, ...]
    passed: tuple[FeedItem, ...] = ()
    """Older than the newest --limit items on the feed's first read: remembered, never narrated."""
    left: int = 0
    """New items beyond --limit on a later run: narrated by the next runs."""


def plan_feed(url: str, settings: Settings) -> FeedPlan:
    """Read a feed (only if it changed) and choose its new or updated items, the newest first, up to the limit."""
    state = publish.feed_state(settings.output_dir, url)
    feed = ingest.read_feed(url, settings.ingest, state.etag, state.last_modified)
    # Unchanged items (same GUID or link, same updated date) are known without fetching their pages.
    new = [replace(i, chosen_language=state.language) for i in feed.items
           if state.items.get(i.key) != i.updated and (i.article or i.link)]
    limit = settings.ingest.feed_limit
    plan = FeedPlan(feed, tuple(new[:limit]), tuple(new[limit:]) if state.first_read else (),
                    0 if state.first_read else len(new[limit:]))
    log.info("%s: %s; %d to narrate, %d older passed over, %d left for the next run", url,
             "not modified" if feed.not_modified else f"{len(feed.items)} items", len(plan.todo),
             len(plan.passed), plan.left)
    return plan


def plan_feeds(feeds: Iterable[str], settings: Settings) -> tuple[list[FeedPlan], list[Outcome]]:
    """Plan every feed; a feed that cannot be read fails alone."""
    plans: list[FeedPlan] = []
    failed: list[Outcome] = []
    for url in dict.fromkeys(feeds):
        token = CURRENT_SOURCE.set(url)
        try:
            plans.append(plan_feed(url, settings))
        except NarratorError as exc:
            failed.append(failure(url, exc))
        except Exception as exc:  # a feed is a source too: it fails alone
            failed.append(unexpected(url, exc))
        finally:
            CURRENT_SOURCE.reset(token)
    return plans, failed


def remember_feeds(plans: Iterable[FeedPlan], outcomes: Iterable[Outcome], settings: Settings) -> None:
    """Record each feed's items that were narrated (or found unchanged); failed ones are tried again next run."""
    succeeded = {o.origin for o in outcomes if o.error is None}
    for plan in plans:
        done = [item for item in plan.todo if origin_of(item) in succeeded]
        complete = len(done) == len(plan.todo) and not plan.left
        publish.remember_feed(settings.output_dir, plan.feed, done, plan.passed, complete)


def follow(url: str, settings: Settings, language: str | None = None) -> tuple[Feed, bool]:
    """Read the feed at url once (it must be one) and remember it as followed, its articles read in language ("" for
    their own, None: as before); whether it is new."""
    feed = ingest.read_feed(url, settings.ingest)
    return feed, publish.follow(settings.output_dir, url, feed.title, language)


def followed(settings: Settings) -> list[publish.FeedState]:
    """The feeds followed in this output folder."""
    return publish.followed(settings.output_dir)


def unfollow(url: str, settings: Settings) -> bool:
    """Stop following url; False when it was not followed."""
    return publish.unfollow(settings.output_dir, url)
