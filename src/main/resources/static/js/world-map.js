// Where scripts run, a click on a country of a world map follows the map's link template
// (data-link="/countries/{code}"). Without scripts the table beside the map has the same links.
document.querySelectorAll('svg.world-map[data-link]').forEach((map) => {
	map.addEventListener('click', (event) => {
		const shape = event.target.closest('[data-code]');
		if (shape) {
			window.location.href = map.dataset.link.replace('{code}', shape.dataset.code);
		}
	});
	map.classList.add('clickable');
});
