package org.cbcm.web;

/**
 * A headline figure on the home page, such as the number of Parties, with a link to where
 * the reader finds the detail.
 *
 * @param labelKey message bundle key of the label under the figure
 * @param value the figure
 * @param href where the figure links to
 * @param order position on the home page, lower first
 */
public record PortalFigure(String labelKey, long value, String href, int order) {
}
