package org.cbcm.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; the security configuration handles what it posts. The page says what
 * brought the person back to it only when the address says so: a failed sign-in
 * ({@code ?error}), a sign-out ({@code ?signed-out}), a password just set
 * ({@code ?password-set}) or changed ({@code ?password-changed}), too many failed
 * sign-ins lately ({@code ?throttled=<seconds>} to wait). Thymeleaf's
 * {@code param.containsKey(…)} answers true for any name, so the controller decides, not
 * the template.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		Map<String, String[]> parameters = request.getParameterMap();
		model.addAttribute("failed", parameters.containsKey("error"));
		model.addAttribute("signedOut", parameters.containsKey("signed-out"));
		model.addAttribute("passwordSet", parameters.containsKey("password-set"));
		model.addAttribute("passwordChanged", parameters.containsKey("password-changed"));
		String throttled = request.getParameter("throttled");
		if (throttled != null && throttled.matches("\\d{1,6}")) {
			model.addAttribute("throttledSeconds", Long.parseLong(throttled));
		}
		return "identity/login";
	}

}
