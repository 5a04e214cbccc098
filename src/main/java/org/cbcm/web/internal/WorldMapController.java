package org.cbcm.web.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.web.WorldMap;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The world map's outlines, which every map of the site draws from
 * ({@code /maps/world.<hash>.svg}, kept by browsers for a year since a new map gets a new
 * name), and the world map as an image with some countries picked out, for others to show
 * where something is: {@code /maps/world.svg?highlight=KEN,UGA}.
 */
@RestController
class WorldMapController {

	private static final Pattern CODES = Pattern.compile("([A-Z]{3})(,[A-Z]{3}){0,299}");

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	private final WorldMap map;

	private final MessageSource messages;

	WorldMapController(WorldMap map, MessageSource messages) {
		this.map = map;
		this.messages = messages;
	}

	@GetMapping(path = "/maps/world.{version}.svg", produces = "image/svg+xml")
	ResponseEntity<String> shapes(@PathVariable String version) {
		if (!map.version().equals(version)) {
			throw new NotFoundException("map.version.unknown", version);
		}
		return ResponseEntity.ok()
			.contentType(SVG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(map.shapes());
	}

	@GetMapping(path = "/maps/world.svg", produces = "image/svg+xml")
	ResponseEntity<String> world(@RequestParam(defaultValue = "") String highlight, Locale locale) {
		String codes = highlight.strip().toUpperCase(Locale.ROOT);
		if (!codes.isEmpty() && !CODES.matcher(codes).matches()) {
			throw new InvalidRequestException("highlight", "map.highlight.invalid", highlight);
		}
		List<String> picked = codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
		String svg = map.image(picked, messages.getMessage("map.highlight.title", null, locale), codes);
		return ResponseEntity.ok()
			.contentType(SVG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(svg);
	}

}
