package org.cbcm.identity.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
	String login(@RequestParam(name = "error", required = false) @Nullable String failed,
			@RequestParam(name = "signed-out", required = false) @Nullable String signedOut,
			@RequestParam(name = "password-set", required = false) @Nullable String passwordSet,
			@RequestParam(name = "password-changed", required = false) @Nullable String passwordChanged,
			@RequestParam(required = false) @Nullable String throttled, Model model) {
		model.addAttribute("failed", failed != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("passwordSet", passwordSet != null);
		model.addAttribute("passwordChanged", passwordChanged != null);
		if (throttled != null && throttled.matches("\\d{1,6}")) {
			model.addAttribute("throttledSeconds", Long.parseLong(throttled));
		}
		return "identity/login";
	}

}
