package org.cbcm.web.internal;

import java.util.Comparator;
import java.util.List;

import org.cbcm.web.PortalFigure;
import org.cbcm.web.PortalFigures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what cbcm is, and the headline figures the modules contribute. */
@Controller
class HomeController {

	private final List<PortalFigures> contributors;

	HomeController(List<PortalFigures> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("figures",
				contributors.stream()
					.flatMap(contributor -> contributor.figures().stream())
					.sorted(Comparator.comparingInt(PortalFigure::order))
					.toList());
		return "home";
	}

}
