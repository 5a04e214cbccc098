package org.cbcm.web;

/**
 * A link a module adds to the navigation for the person looking, such as "Users" for the
 * Secretariat or "My account" for anyone signed in.
 *
 * @param labelKey message bundle key of the link's text
 * @param href where it leads
 * @param order position, lower first
 */
public record NavigationLink(String labelKey, String href, int order) {
}
