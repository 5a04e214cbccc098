package org.cbcm.roster;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.framework.ItemCode;

/**
 * The second level of the areas of expertise, each under its top-level area and mapped to
 * the key elements of the Action Plan (paragraph 12) it serves, so that a request for
 * help with a key element finds the experts of the areas that serve it. The second level
 * is cbcm's (the real roster's is unconfirmed); the mapping is editorial.
 */
public enum Expertise {

	MOLECULAR_BIOLOGY(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(c)", "12(n)"),
	BIOTECHNOLOGY(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(c)", "12(h)"),
	ECOLOGY(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(c)", "12(n)"),
	RISK_ASSESSMENT(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(c)"),
	RISK_MANAGEMENT(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(d)"),
	LMO_DETECTION(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(i)"),
	FOOD_FEED_SAFETY(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(c)", "12(o)"),
	HUMAN_HEALTH(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(o)"),
	BIOSAFETY_RESEARCH(ExpertiseArea.SCIENTIFIC_TECHNICAL, "12(n)"), BIOSAFETY_LAW(ExpertiseArea.LEGAL, "12(a)(i)"),
	TRADE_LAW(ExpertiseArea.LEGAL, "12(k)", "12(m)"), LIABILITY_REDRESS(ExpertiseArea.LEGAL, "12(a)(i)", "12(m)"),
	CONFIDENTIAL_INFORMATION(ExpertiseArea.LEGAL, "12(l)"),
	POLICY_DEVELOPMENT(ExpertiseArea.POLICY_REGULATORY, "12(a)(i)"),
	REGULATORY_ADMINISTRATION(ExpertiseArea.POLICY_REGULATORY, "12(a)(ii)"),
	SOCIO_ECONOMICS(ExpertiseArea.POLICY_REGULATORY, "12(j)"),
	PUBLIC_AWARENESS(ExpertiseArea.POLICY_REGULATORY, "12(e)"),
	TECHNOLOGY_TRANSFER(ExpertiseArea.POLICY_REGULATORY, "12(h)", "12(g)"),
	INSTITUTIONAL_DEVELOPMENT(ExpertiseArea.SYSTEMS_DEVELOPMENT, "12(a)"),
	INFRASTRUCTURE(ExpertiseArea.SYSTEMS_DEVELOPMENT, "12(a)(iii)"),
	FUNDING_RESOURCES(ExpertiseArea.SYSTEMS_DEVELOPMENT, "12(a)(iv)"),
	MONITORING_EVALUATION(ExpertiseArea.SYSTEMS_DEVELOPMENT, "12(a)(v)"),
	TRAINING(ExpertiseArea.SYSTEMS_DEVELOPMENT, "12(b)"),
	INFORMATION_MANAGEMENT(ExpertiseArea.SYSTEMS_DEVELOPMENT, "12(f)"),
	COLLABORATION(ExpertiseArea.SYSTEMS_DEVELOPMENT, "12(g)");

	private final ExpertiseArea area;

	private final List<ItemCode> keyElements;

	Expertise(ExpertiseArea area, String... keyElements) {
		this.area = area;
		this.keyElements = Arrays.stream(keyElements).map(ItemCode::new).toList();
	}

	public ExpertiseArea area() {
		return area;
	}

	/** The key elements of the Action Plan this area of expertise serves. */
	public List<ItemCode> keyElements() {
		return keyElements;
	}

	/** The areas under the top-level area, in their order. */
	public static List<Expertise> of(ExpertiseArea area) {
		return Arrays.stream(values()).filter(expertise -> expertise.area == area).toList();
	}

	/** The areas under each top-level area, both in their order, for the forms. */
	public static Map<ExpertiseArea, List<Expertise>> byArea() {
		Map<ExpertiseArea, List<Expertise>> byArea = new LinkedHashMap<>();
		for (ExpertiseArea area : ExpertiseArea.values()) {
			byArea.put(area, of(area));
		}
		return byArea;
	}

	/** The areas that serve the key element. */
	public static List<Expertise> serving(ItemCode keyElement) {
		return Arrays.stream(values()).filter(expertise -> expertise.keyElements.contains(keyElement)).toList();
	}

}
