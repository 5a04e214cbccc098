package org.cbcm.web.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.web.WorldMap;
import org.cbcm.web.WorldMap.Shading;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The world map as an image with some countries picked out, for pages that show where
 * something is (a country, later an initiative's countries):
 * {@code /maps/world.svg?highlight=KEN,UGA}.
 */
@RestController
class WorldMapController {

	private static final Pattern CODES = Pattern.compile("([A-Z]{3})(,[A-Z]{3}){0,299}");

	private final WorldMap map;

	private final MessageSource messages;

	WorldMapController(WorldMap map, MessageSource messages) {
		this.map = map;
		this.messages = messages;
	}

	@GetMapping(path = "/maps/world.svg", produces = "image/svg+xml")
	ResponseEntity<String> world(@RequestParam(defaultValue = "") String highlight, Locale locale) {
		String codes = highlight.strip().toUpperCase(Locale.ROOT);
		if (!codes.isEmpty() && !CODES.matcher(codes).matches()) {
			throw new InvalidRequestException("highlight", "map.highlight.invalid", highlight);
		}
		Map<String, Shading> shading = new LinkedHashMap<>();
		for (String code : map.countryCodes()) {
			shading.put(code, new Shading("other", null));
		}
		if (!codes.isEmpty()) {
			Arrays.stream(codes.split(",")).forEach(code -> shading.put(code, new Shading("picked", null)));
		}
		String svg = map.render(shading, Map.of("other", "#d9e2ea", "picked", "#b3361b", WorldMap.NO_DATA, "#d9e2ea"),
				messages.getMessage("map.highlight.title", null, locale), codes, null);
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(svg);
	}

}
