/**
 * Every feature's words for the couple's activity feed, loaded together with
 * the feed (the home screen), so no event ever waits on another screen's chunk
 * to be described. Found by path, so a feature that adds words is included
 * without anyone remembering to list it here.
 */
import.meta.glob('../features/*/ui/activity-words.ts', { eager: true });
