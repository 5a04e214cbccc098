package org.cbcm.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart drawn on the server with JFreeChart into SVG with JFreeSVG, to put inline
 * in a page (it works without scripts and can go into a report): bars by category, each
 * stacked (or set side by side) by series. The SVG is one image to assistive technology,
 * named by its title and described by a sentence; pages give the same figures as a table
 * beside it. Series take the colours of a palette that colour-blind readers can tell
 * apart (Okabe and Ito), in the order they are added.
 */
public final class BarChart {

	/** Okabe–Ito colours, apart from black and the yellow that is too pale for bars. */
	public static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
			new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0x999999), new Color(0x332288));

	private static final AtomicLong IDS = new AtomicLong();

	private final Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();

	private final List<String> series = new ArrayList<>();

	private final List<String> categories = new ArrayList<>();

	private final String title;

	private final String description;

	private final String axisLabel;

	private final boolean stacked;

	/**
	 * @param title the chart's name, drawn above it and given as its accessible name
	 * @param description a sentence that says what it shows, for readers who cannot see
	 * it
	 * @param axisLabel what the bars measure, such as "US dollars"
	 * @param stacked whether the series stack in one bar per category, else stand side by
	 * side
	 */
	public BarChart(String title, String description, String axisLabel, boolean stacked) {
		this.title = title;
		this.description = description;
		this.axisLabel = axisLabel;
		this.stacked = stacked;
	}

	/**
	 * Adds to the value of a series in a category (categories in the order first met).
	 */
	public BarChart add(String seriesName, String category, BigDecimal value) {
		if (!series.contains(seriesName)) {
			series.add(seriesName);
		}
		if (!categories.contains(category)) {
			categories.add(category);
		}
		values.computeIfAbsent(seriesName, name -> new LinkedHashMap<>()).merge(category, value, BigDecimal::add);
		return this;
	}

	/** Whether it has nothing to show. */
	public boolean isEmpty() {
		return values.values().stream().flatMap(m -> m.values().stream()).allMatch(v -> v.signum() == 0);
	}

	/** The chart as an SVG element of the given size in pixels. */
	public String svg(int width, int height, Locale locale) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (String name : series) {
			for (String category : categories) {
				BigDecimal value = values.get(name).get(category);
				dataset.addValue((value != null) ? value.doubleValue() : 0.0, name, category);
			}
		}
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		CategoryAxis categoryAxis = new CategoryAxis();
		categoryAxis.setTickLabelFont(font);
		categoryAxis.setMaximumCategoryLabelLines(3);
		if (categories.size() > 8) {
			categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		NumberAxis valueAxis = new NumberAxis(axisLabel);
		valueAxis.setLabelFont(font);
		valueAxis.setTickLabelFont(font);
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		numbers.setMaximumFractionDigits(0);
		valueAxis.setNumberFormatOverride(numbers);
		BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(true);
		renderer.setDefaultOutlinePaint(Color.WHITE);
		renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
		for (int index = 0; index < series.size(); index++) {
			renderer.setSeriesPaint(index, PALETTE.get(index % PALETTE.size()));
		}
		CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
		plot.setOrientation(PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xBBBBBB));
		plot.setOutlineVisible(false);
		JFreeChart chart = new JFreeChart(null, font, plot, series.size() > 1);
		chart.setBackgroundPaint(Color.WHITE);
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(font);
			legend.setPosition(RectangleEdge.BOTTOM);
		}
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		chart.draw(graphics, new Rectangle(0, 0, width, height));
		String id = "chart-" + IDS.incrementAndGet();
		return accessible(graphics.getSVGElement(id), id, width, height);
	}

	/**
	 * The SVG made one named and described image: {@code role="img"}, a title and a
	 * description that name it, and a view box instead of a size, so that it scales to
	 * its container.
	 */
	private String accessible(String svg, String id, int width, int height) {
		int end = svg.indexOf('>', svg.indexOf("<svg"));
		return "<svg id=\"" + id
				+ "\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
				+ " viewBox=\"0 0 " + width + " " + height + "\" class=\"chart\" role=\"img\" aria-labelledby=\"" + id
				+ "-title " + id + "-desc\" focusable=\"false\"><title id=\"" + id + "-title\">" + escape(title)
				+ "</title><desc id=\"" + id + "-desc\">" + escape(description) + "</desc>" + svg.substring(end + 1);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
