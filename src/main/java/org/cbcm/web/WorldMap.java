package org.cbcm.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 * inline in a page. Countries too small to see also carry a dot that takes their colour.
 * Shapes without a category, and the shapes that have no ISO code at all, are drawn as
 * "no data". The map is one image to assistive technology (pages give a table beside it);
 * where scripts run, a click on a country follows the map's link template
 * ({@code /js/world-map.js}).
 * <p>
 * The outlines themselves are not in the pages: they are one SVG document
 * ({@link #shapes()}), simplified to what a map a page wide shows, named by the hash of
 * its content ({@link #shapesPath()}) and kept by browsers for a year; a page's map is
 * one {@code <use>} of an outline per country, with the country's category as its class,
 * so that a reader downloads the world once for every map of the site.
 */
@Component
public class WorldMap {

	/** The category of shapes nobody gave a category. */
	public static final String NO_DATA = "nodata";

	/**
	 * How far (in the map's units, 1/1000 of its width) a simplified outline may stray
	 * from Natural Earth's: half a pixel on a map 1000 pixels wide.
	 */
	static final double TOLERANCE = 0.5;

	private static final Pattern COUNTRY = Pattern
		.compile("<path id=\"([A-Z]{3})\" data-m49=\"\\d{3}\" d=\"([^\"]*)\"/>");

	private static final Pattern UNCODED = Pattern
		.compile("<path class=\"nodata\" d=\"([^\"]*)\"><title>([^<]*)</title></path>");

	private static final Pattern MARKER = Pattern
		.compile("<circle class=\"marker\" data-for=\"([A-Z]{3})\" cx=\"([^\"]*)\" cy=\"([^\"]*)\" r=\"3\"/>");

	private static final Pattern SPHERE = Pattern.compile("<path class=\"sphere\" d=\"([^\"]*)\"/>");

	private static final Pattern POINT = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)");

	private static final double WIDTH = 1000;

	private static final double HEIGHT = 487;

	private static final String VIEW_BOX = "0 0 1000 487";

	private final List<Shape> shapes;

	private final String document;

	private final String version;

	private final String path;

	/**
	 * One drawable thing of the map: a country's outline or dot, or a shape without a
	 * code, with its id in the shapes' document and its bounds.
	 */
	private record Shape(@Nullable String code, String id, boolean marker, @Nullable String name, Box bounds) {
	}

	/** A rectangle of the map. */
	private record Box(double minX, double minY, double maxX, double maxY) {

		Box union(Box other) {
			return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
					Math.max(maxY, other.maxY));
		}

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
		StringBuilder doc = new StringBuilder(120_000);
		doc.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(VIEW_BOX).append("\">\n");
		doc.append("<path id=\"sphere\" d=\"").append(sphereMatch.group(1)).append("\"/>\n");
		doc.append("<g id=\"world\">\n");
		List<Shape> found = new ArrayList<>();
		List<String> dots = new ArrayList<>();
		int uncoded = 0;
		for (String line : svg.split("\n")) {
			Matcher country = COUNTRY.matcher(line);
			Matcher nodata = UNCODED.matcher(line);
			Matcher marker = MARKER.matcher(line);
			if (country.matches()) {
				Outline outline = Outline.simplified(country.group(2));
				found.add(new Shape(country.group(1), country.group(1), false, null, outline.bounds()));
				doc.append("<path id=\"")
					.append(country.group(1))
					.append("\" d=\"")
					.append(outline.path())
					.append("\"/>\n");
			}
			else if (nodata.matches()) {
				String id = "u" + (++uncoded);
				Outline outline = Outline.simplified(nodata.group(1));
				found.add(new Shape(null, id, false, nodata.group(2), outline.bounds()));
				doc.append("<path id=\"").append(id).append("\" d=\"").append(outline.path()).append("\"/>\n");
			}
			else if (marker.matches()) {
				double x = Double.parseDouble(marker.group(2));
				double y = Double.parseDouble(marker.group(3));
				String id = "dot-" + marker.group(1);
				found.add(new Shape(marker.group(1), id, true, null, new Box(x - 2.5, y - 2.5, x + 2.5, y + 2.5)));
				dots.add("<circle id=\"" + id + "\" cx=\"" + marker.group(2) + "\" cy=\"" + marker.group(3)
						+ "\" r=\"2.5\"/>\n");
			}
		}
		doc.append("</g>\n");
		dots.forEach(doc::append);
		doc.append("</svg>\n");
		this.shapes = List.copyOf(found);
		this.document = doc.toString();
		this.version = hash(this.document);
		this.path = "/maps/world." + this.version + ".svg";
	}

	/** The ISO 3166-1 alpha-3 codes of every country the map draws. */
	public List<String> countryCodes() {
		return shapes.stream().filter(s -> s.code() != null && !s.marker()).map(Shape::code).toList();
	}

	/**
	 * The outlines every map of the site draws, as one SVG document whose elements are
	 * named by the countries' ISO 3166-1 alpha-3 codes ({@code dot-KEN} for the dots of
	 * small countries, {@code world} for all the land, {@code sphere} for the globe's
	 * outline). They carry no colour: the {@code <use>} that draws one gives it.
	 */
	public String shapes() {
		return document;
	}

	/** The hash of {@link #shapes()}, which names the document. */
	public String version() {
		return version;
	}

	/** Where the shapes' document is served, with its version in the name. */
	public String shapesPath() {
		return path;
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
		StringBuilder svg = new StringBuilder(40_000);
		open(svg, VIEW_BOX, "world-map", "map", title, description);
		if (link != null) {
			svg.insert(svg.length() - 1, " data-link=\"" + escape(link) + "\"");
		}
		svg.append("<title id=\"map-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"map-desc\">").append(escape(description)).append("</desc>");
		style(svg, fills);
		use(svg, "sphere", "sphere");
		for (Shape shape : shapes) {
			Shading shade = (shape.code() != null) ? shading.get(shape.code()) : null;
			String category = (shade != null) ? cssKey(shade.category()) : NO_DATA;
			String label = (shade != null) ? shade.label() : shape.name();
			svg.append("<use class=\"")
				.append(shape.marker() ? "dot" : "shape")
				.append(" k-")
				.append(category)
				.append('"');
			if (shape.code() != null) {
				svg.append(" data-code=\"").append(shape.code()).append('"');
			}
			svg.append(" href=\"").append(path).append('#').append(shape.id()).append('"');
			if (label != null) {
				svg.append("><title>").append(escape(label)).append("</title></use>");
			}
			else {
				svg.append("/>");
			}
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * Draws where some countries are: the part of the world around them, the countries
	 * picked out in colour (small ones by their dot too), the rest in grey; small enough
	 * for a page about one thing.
	 * @param codes the countries' ISO 3166-1 alpha-3 codes; those the map does not draw
	 * are left out
	 * @param title the inset's accessible name, such as "Kenya on the world map"
	 * @return the inset as an SVG element
	 */
	public String inset(Collection<String> codes, String title) {
		List<Shape> picked = shapes.stream()
			.filter(shape -> shape.code() != null && codes.contains(shape.code()))
			.toList();
		Box bounds = picked.stream()
			.filter(shape -> !shape.marker())
			.map(Shape::bounds)
			.reduce(Box::union)
			.orElseGet(
					() -> picked.stream().map(Shape::bounds).reduce(Box::union).orElse(new Box(0, 0, WIDTH, HEIGHT)));
		StringBuilder svg = new StringBuilder(1_000);
		open(svg, viewBox(bounds), "world-inset", "inset", title, null);
		svg.append("<title id=\"inset-title\">").append(escape(title)).append("</title>");
		style(svg, Map.of("picked", "#b3361b", "other", "#d9e2ea"));
		use(svg, "sphere", "sphere");
		use(svg, "shape k-other", "world");
		for (Shape shape : picked) {
			svg.append("<use class=\"")
				.append(shape.marker() ? "dot" : "shape")
				.append(" k-picked\" data-code=\"")
				.append(shape.code())
				.append("\" href=\"")
				.append(path)
				.append('#')
				.append(shape.id())
				.append("\"/>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * The whole map in one self-contained SVG document, for use as an image (which cannot
	 * load the shapes from elsewhere): every country grey, the given ones picked out.
	 */
	public String image(Collection<String> codes, String title, String description) {
		StringBuilder svg = new StringBuilder(document.length() + 20_000);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
			.append(VIEW_BOX)
			.append("\" role=\"img\" aria-labelledby=\"map-title map-desc\">");
		svg.append("<title id=\"map-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"map-desc\">").append(escape(description)).append("</desc>");
		svg.append("<style>.sphere{fill:#eef3f7;stroke:#8a9bab;stroke-width:.5}")
			.append("#world path{fill:#d9e2ea;stroke:#ffffff;stroke-width:.35}")
			.append("circle{fill:#d9e2ea;stroke:#333333;stroke-width:.5}");
		for (String code : codes) {
			svg.append("#world #").append(code).append(",#dot-").append(code).append("{fill:#b3361b}");
		}
		svg.append("</style>");
		String body = document.substring(document.indexOf('\n') + 1, document.lastIndexOf("</svg>"));
		svg.append(body.replaceFirst("<path id=\"sphere\"", "<path id=\"sphere\" class=\"sphere\""));
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * A view of the bounds with a margin around them, twice as wide as high, never
	 * smaller than a sixth of the map's width, and within the map.
	 */
	private static String viewBox(Box bounds) {
		double width = Math.max((bounds.maxX() - bounds.minX()) * 1.6, WIDTH / 6);
		double height = Math.max((bounds.maxY() - bounds.minY()) * 1.6, width / 2);
		width = Math.max(width, height * 2);
		width = Math.min(width, WIDTH);
		height = Math.min(height, HEIGHT);
		double x = clamp((bounds.minX() + bounds.maxX()) / 2 - width / 2, WIDTH - width);
		double y = clamp((bounds.minY() + bounds.maxY()) / 2 - height / 2, HEIGHT - height);
		return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", x, y, width, height);
	}

	private static double clamp(double value, double max) {
		return Math.max(0, Math.min(value, max));
	}

	private static void open(StringBuilder svg, String viewBox, String css, String id, String title,
			@Nullable String description) {
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
			.append(viewBox)
			.append("\" class=\"")
			.append(css)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(id)
			.append("-title");
		if (description != null) {
			svg.append(' ').append(id).append("-desc");
		}
		svg.append("\" focusable=\"false\">");
	}

	private static void style(StringBuilder svg, Map<String, String> fills) {
		svg.append("<style>");
		svg.append(".sphere{fill:#eef3f7;stroke:#8a9bab;stroke-width:.5}");
		svg.append(".shape{stroke:#ffffff;stroke-width:.35}");
		svg.append(".dot{stroke:#333333;stroke-width:.5}");
		fills.forEach((key, fill) -> svg.append(".k-").append(cssKey(key)).append("{fill:").append(fill).append('}'));
		if (!fills.containsKey(NO_DATA)) {
			svg.append(".k-nodata{fill:#e6e6e6}");
		}
		svg.append("</style>");
	}

	private void use(StringBuilder svg, String css, String id) {
		svg.append("<use class=\"").append(css).append("\" href=\"").append(path).append('#').append(id).append("\"/>");
	}

	private static String cssKey(String key) {
		return key.replaceAll("[^A-Za-z0-9_-]", "_");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The world map " + path + " cannot be read", ex);
		}
	}

	/**
	 * An outline simplified by Douglas and Peucker's method to {@link #TOLERANCE},
	 * written with relative coordinates to a tenth of a unit (which compress well), and
	 * its bounds. A ring that shrinks to less than a triangle is left out, unless it is
	 * the shape's only one.
	 */
	private record Outline(String path, Box bounds) {

		static Outline simplified(String d) {
			List<List<double[]>> rings = new ArrayList<>();
			for (String ring : d.split("(?=M)")) {
				List<double[]> points = new ArrayList<>();
				Matcher point = POINT.matcher(ring);
				while (point.find()) {
					points.add(new double[] { Double.parseDouble(point.group(1)), Double.parseDouble(point.group(2)) });
				}
				if (!points.isEmpty()) {
					rings.add(points);
				}
			}
			StringBuilder path = new StringBuilder();
			Box bounds = null;
			for (List<double[]> ring : rings) {
				List<double[]> kept = simplify(ring);
				if (kept.size() < 3 && rings.size() > 1) {
					continue;
				}
				long lastX = 0;
				long lastY = 0;
				for (int i = 0; i < kept.size(); i++) {
					long x = Math.round(kept.get(i)[0] * 10);
					long y = Math.round(kept.get(i)[1] * 10);
					if (i == 0) {
						path.append('M').append(tenths(x)).append(',').append(tenths(y));
					}
					else if (x != lastX || y != lastY) {
						path.append('l').append(tenths(x - lastX)).append(',').append(tenths(y - lastY));
					}
					lastX = x;
					lastY = y;
				}
				path.append('z');
				for (double[] p : kept) {
					Box point = new Box(p[0], p[1], p[0], p[1]);
					bounds = (bounds == null) ? point : bounds.union(point);
				}
			}
			return new Outline(path.toString(), (bounds != null) ? bounds : new Box(0, 0, 0, 0));
		}

		private static List<double[]> simplify(List<double[]> points) {
			if (points.size() < 3) {
				return points;
			}
			boolean[] keep = new boolean[points.size()];
			keep[0] = true;
			keep[points.size() - 1] = true;
			List<int[]> spans = new ArrayList<>();
			spans.add(new int[] { 0, points.size() - 1 });
			while (!spans.isEmpty()) {
				int[] span = spans.remove(spans.size() - 1);
				double[] a = points.get(span[0]);
				double[] b = points.get(span[1]);
				double dx = b[0] - a[0];
				double dy = b[1] - a[1];
				double length = Math.hypot(dx, dy);
				double farthest = -1;
				int index = -1;
				for (int i = span[0] + 1; i < span[1]; i++) {
					double[] p = points.get(i);
					double distance = (length > 0) ? Math.abs(dx * (a[1] - p[1]) - dy * (a[0] - p[0])) / length
							: Math.hypot(p[0] - a[0], p[1] - a[1]);
					if (distance > farthest) {
						farthest = distance;
						index = i;
					}
				}
				if (farthest > TOLERANCE) {
					keep[index] = true;
					spans.add(new int[] { span[0], index });
					spans.add(new int[] { index, span[1] });
				}
			}
			List<double[]> kept = new ArrayList<>();
			for (int i = 0; i < points.size(); i++) {
				if (keep[i]) {
					kept.add(points.get(i));
				}
			}
			return kept;
		}

		private static String tenths(long value) {
			String sign = (value < 0) ? "-" : "";
			long abs = Math.abs(value);
			return (abs % 10 == 0) ? sign + (abs / 10) : sign + (abs / 10) + "." + (abs % 10);
		}

	}

}
