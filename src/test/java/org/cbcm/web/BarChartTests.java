package org.cbcm.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts drawn on the server: SVG that names and describes itself and scales. */
class BarChartTests {

	@Test
	void a_stacked_chart_is_one_named_and_described_image() {
		BarChart chart = new BarChart("USD by group", "Least developed <countries> receive 60%", "US dollars", true)
			.add("13(d)(i)", "LDC", new BigDecimal("600000"))
			.add("13(d)(ii)", "LDC", new BigDecimal("100000"))
			.add("13(d)(i)", "SIDS", new BigDecimal("300000"));

		String svg = chart.svg(640, 360, Locale.ENGLISH);

		Document document = Jsoup.parse(svg, "", Parser.xmlParser());
		Element root = document.selectFirst("svg");
		assertThat(root).isNotNull();
		assertThat(root.attr("role")).isEqualTo("img");
		assertThat(root.attr("viewBox")).isEqualTo("0 0 640 360");
		assertThat(root.hasAttr("width")).isFalse();
		String[] labels = root.attr("aria-labelledby").split(" ");
		assertThat(document.getElementById(labels[0]).text()).isEqualTo("USD by group");
		assertThat(document.getElementById(labels[1]).text()).isEqualTo("Least developed <countries> receive 60%");
		assertThat(svg).contains("&lt;countries&gt;");
		// Bars are drawn in the palette's first two colours, and the legend names the
		// series.
		assertThat(svg).containsIgnoringCase("rgb(0,114,178)").containsIgnoringCase("rgb(230,159,0)");
		assertThat(svg).contains("13(d)(ii)").contains("SIDS");
	}

	@Test
	void two_charts_on_one_page_have_their_own_names() {
		String first = new BarChart("A", "a", "USD", true).add("s", "c", BigDecimal.ONE).svg(300, 200, Locale.ENGLISH);
		String second = new BarChart("B", "b", "USD", false).add("s", "c", BigDecimal.ONE)
			.svg(300, 200, Locale.ENGLISH);
		String firstId = Jsoup.parse(first, "", Parser.xmlParser()).selectFirst("svg").id();
		String secondId = Jsoup.parse(second, "", Parser.xmlParser()).selectFirst("svg").id();
		assertThat(firstId).isNotEqualTo(secondId);
	}

	@Test
	void a_chart_of_zeros_is_empty() {
		assertThat(new BarChart("A", "a", "USD", true).add("s", "c", BigDecimal.ZERO).isEmpty()).isTrue();
		assertThat(new BarChart("A", "a", "USD", true).isEmpty()).isTrue();
		assertThat(new BarChart("A", "a", "USD", true).add("s", "c", BigDecimal.TEN).isEmpty()).isFalse();
	}

}
