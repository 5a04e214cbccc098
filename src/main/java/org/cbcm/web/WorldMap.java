package org.cbcm.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The world map (Natural Earth 1:50m in the Equal Earth projection, see
 * {@code reference/README.md}), coloured on the server. A page says which category each
 * country falls in and how each category is filled; the map comes back as SVG text to put
 * inline in a page or to serve as an image. Countries too small to see also carry a dot
 * that takes their colour. Shapes without a category, and the shapes that have no ISO
 * code at all, are drawn as "no data". The map is one image to assistive technology
 * (pages give a table beside it); where scripts run, a click on a country follows the
 * map's link template ({@code /js/world-map.js}).
 */
@Component
public class WorldMap {

	/** The category of shapes nobody gave a category. */
	public static final String NO_DATA = "nodata";

	private static final Pattern COUNTRY = Pattern
		.compile("<path id=\"([A-Z]{3})\" data-m49=\"\\d{3}\" (d=\"[^\"]*\")/>");

	private static final Pattern UNCODED = Pattern
		.compile("<path class=\"nodata\" (d=\"[^\"]*\")><title>([^<]*)</title></path>");

	private static final Pattern MARKER = Pattern
		.compile("<circle class=\"marker\" data-for=\"([A-Z]{3})\" (cx=\"[^\"]*\" cy=\"[^\"]*\") r=\"3\"/>");

	private static final Pattern SPHERE = Pattern.compile("<path class=\"sphere\" (d=\"[^\"]*\")/>");

	private final String viewBox = "0 0 1000 487";

	private final String sphere;

	private final List<Shape> shapes;

	/**
	 * One drawable thing of the map: a country's outline or dot, or a shape without a
	 * code.
	 */
	private record Shape(@Nullable String code, String geometry, boolean marker, @Nullable String name) {
	}

	/**
	 * How one country is shown.
	 *
	 * @param category the key of its category, which the fills map to a colour
	 * @param label what a pointer over the country shows, such as "Kenya: Party since
	 * 2003", or null
	 */
	public record Shading(String category, @Nullable String label) {
	}

	public WorldMap() {
		String svg = read("maps/world-50m-equal-earth.svg");
		Matcher sphereMatch = SPHERE.matcher(svg);
		if (!sphereMatch.find()) {
			throw new IllegalStateException("The world map has no sphere outline");
		}
		this.sphere = sphereMatch.group(1);
		List<Shape> found = new ArrayList<>();
		for (String line : svg.split("\n")) {
			Matcher country = COUNTRY.matcher(line);
			Matcher uncoded = UNCODED.matcher(line);
			Matcher marker = MARKER.matcher(line);
			if (country.matches()) {
				found.add(new Shape(country.group(1), country.group(2), false, null));
			}
			else if (uncoded.matches()) {
				found.add(new Shape(null, uncoded.group(1), false, uncoded.group(2)));
			}
			else if (marker.matches()) {
				found.add(new Shape(marker.group(1), marker.group(2), true, null));
			}
		}
		this.shapes = List.copyOf(found);
	}

	/** The ISO 3166-1 alpha-3 codes of every country the map draws. */
	public List<String> countryCodes() {
		return shapes.stream().filter(s -> s.code() != null && !s.marker()).map(Shape::code).toList();
	}

	/**
	 * Draws the map.
	 * @param shading how each country (by ISO 3166-1 alpha-3 code) is shown
	 * @param fills the fill colour of each category key, {@link #NO_DATA} included
	 * @param title the map's accessible name, such as "Least developed countries"
	 * @param description a sentence that says what the map shows, for readers who cannot
	 * see it
	 * @param link where a click on a country leads, with {@code {code}} for its alpha-3
	 * code, or null
	 * @return the map as an SVG element
	 */
	public String render(Map<String, Shading> shading, Map<String, String> fills, String title, String description,
			@Nullable String link) {
		StringBuilder svg = new StringBuilder(480_000);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
			.append(viewBox)
			.append("\" class=\"world-map\" role=\"img\" aria-labelledby=\"map-title map-desc\" focusable=\"false\"");
		if (link != null) {
			svg.append(" data-link=\"").append(escape(link)).append('"');
		}
		svg.append('>');
		svg.append("<title id=\"map-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"map-desc\">").append(escape(description)).append("</desc>");
		svg.append("<style>");
		svg.append(".sphere{fill:#eef3f7;stroke:#8a9bab;stroke-width:.5}");
		svg.append(".shape{stroke:#ffffff;stroke-width:.35}");
		svg.append(".dot{stroke:#333333;stroke-width:.5}");
		fills.forEach((key, fill) -> svg.append(".k-").append(cssKey(key)).append("{fill:").append(fill).append('}'));
		if (!fills.containsKey(NO_DATA)) {
			svg.append(".k-nodata{fill:#e6e6e6}");
		}
		svg.append("</style>");
		svg.append("<path class=\"sphere\" ").append(sphere).append("/>");
		for (Shape shape : shapes) {
			Shading shade = (shape.code() != null) ? shading.get(shape.code()) : null;
			String category = (shade != null) ? cssKey(shade.category()) : NO_DATA;
			String label = (shade != null) ? shade.label() : shape.name();
			svg.append(shape.marker() ? "<circle class=\"dot k-" : "<path class=\"shape k-")
				.append(category)
				.append('"');
			if (shape.code() != null) {
				svg.append(" data-code=\"").append(shape.code()).append('"');
			}
			svg.append(' ').append(shape.geometry());
			svg.append(shape.marker() ? " r=\"2.5\">" : ">");
			appendTitle(svg, label);
			svg.append(shape.marker() ? "</circle>" : "</path>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static void appendTitle(StringBuilder svg, @Nullable String label) {
		if (label != null) {
			svg.append("<title>").append(escape(label)).append("</title>");
		}
	}

	private static String cssKey(String key) {
		return key.replaceAll("[^A-Za-z0-9_-]", "_");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The world map " + path + " cannot be read", ex);
		}
	}

}
