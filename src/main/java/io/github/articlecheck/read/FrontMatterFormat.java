package io.github.articlecheck.read;

import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.SourceText;

/**
 * One way of writing front matter: it recognises its block at the top of an article and parses it into the shared
 * tree, with a position for every key and value, its duplicate keys, or the reason it cannot be read.
 */
interface FrontMatterFormat {

    /** Whether the article starts with this format's block. */
    boolean opens(SourceText source);

    /** The block of an article this format {@link #opens}; never throws for bad input. */
    FrontMatter read(SourceText source);
}
