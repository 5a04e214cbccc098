package org.cbcm.web;

import org.jspecify.annotations.Nullable;

/**
 * A notice to everybody, under the navigation of every page, such as "This registry holds
 * demo data".
 *
 * @param messageKey message bundle key of its text
 * @param linkKey message bundle key of the text of a link after it, or null for none
 * @param href where the link leads
 */
public record SiteNotice(String messageKey, @Nullable String linkKey, @Nullable String href) {
}
