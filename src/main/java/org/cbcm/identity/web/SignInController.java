package org.cbcm.identity.web;

import java.time.Instant;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the security configuration handles what it posts. */
@Controller
class SignInController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String locked, Model model) {
		if (locked != null && locked.matches("\\d{1,12}")) {
			model.addAttribute("lockedUntil", Instant.ofEpochSecond(Long.parseLong(locked)).atZone(ZoneOffset.UTC));
			model.addAttribute("lockedUntilZone", "UTC");
		}
		return "identity/login";
	}

}
