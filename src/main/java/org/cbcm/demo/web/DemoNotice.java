package org.cbcm.demo.web;

import java.util.List;

import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.web.SiteNotice;
import org.cbcm.web.SiteNotices;

import org.springframework.stereotype.Component;

/**
 * Tells everybody, on every page, that the registry holds demo initiatives while it does,
 * so that nobody takes them for real ones.
 */
@Component
class DemoNotice implements SiteNotices {

	private final DemoInitiatives demo;

	DemoNotice(DemoInitiatives demo) {
		this.demo = demo;
	}

	@Override
	public List<SiteNotice> notices() {
		return demo.present() ? List.of(new SiteNotice("demo.banner", "demo.banner.link", "/initiatives?q=DEMO-"))
				: List.of();
	}

}
