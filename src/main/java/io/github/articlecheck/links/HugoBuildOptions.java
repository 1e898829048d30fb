package io.github.articlecheck.links;

import io.github.articlecheck.core.Article;
import tools.jackson.databind.JsonNode;

/**
 * Whether Hugo renders a page (gohugo.io/content-management/build-options): {@code build: {render: never}} (or the
 * older {@code headless: true} of a leaf bundle) means no page is published, and an {@code _index.md} whose
 * {@code cascade} says so makes every page below it headless — the way snippet folders such as Hugo's own
 * {@code _common/} are kept.
 */
final class HugoBuildOptions {
    private HugoBuildOptions() {
    }

    /** 0: rendered; 1: this page is not; 2: neither is any page in its folder and below (a cascade). */
    static int unrendered(Article article) {
        JsonNode data = article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).orElse(null);
        if (data == null) {
            return 0;
        }
        String name = article.file().getFileName().toString();
        JsonNode cascade = data.get("cascade");
        if (name.startsWith("_index.") && cascade != null && (never(cascade) || cascade.isArray()
                && cascade.size() > 0 && allNever(cascade))) {
            return 2;
        }
        JsonNode headless = data.get("headless");
        return never(data) || headless != null && headless.isBoolean() && headless.asBoolean() ? 1 : 0;
    }

    private static boolean never(JsonNode node) {
        JsonNode build = node.get("build");
        JsonNode render = build == null ? null : build.get("render");
        return render != null && (render.isString() && render.asString().equalsIgnoreCase("never")
                || render.isBoolean() && !render.asBoolean());
    }

    private static boolean allNever(JsonNode cascades) {
        for (JsonNode cascade : cascades) {
            if (!never(cascade)) {
                return false;
            }
        }
        return true;
    }
}
