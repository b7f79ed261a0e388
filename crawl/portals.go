package crawl

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
)

// Portal is one entry of the shipped registry of portals: the 34
// provinces' and cities' portals and the central emulation bodies. URL
// is empty where no source for it was found; SeenIn names where the URL
// was read; Checked says whether anyone fetched it.
type Portal struct {
	Name     string   `json:"name"`
	Title    string   `json:"title"`
	Province string   `json:"province"`
	Level    string   `json:"level"`
	URL      string   `json:"url"`
	Seeds    []string `json:"seeds,omitempty"`
	SeenIn   string   `json:"seen_in"`
	Checked  bool     `json:"checked"`
	Note     string   `json:"note,omitempty"`
}

//go:embed portals.json
var portalsJSON []byte

var portals = sync.OnceValue(func() []Portal {
	var f struct {
		Portals []Portal `json:"portals"`
	}
	if err := json.Unmarshal(portalsJSON, &f); err != nil {
		panic("crawl: portals.json: " + err.Error()) // a build defect, caught by the tests
	}
	return f.Portals
})

// Portals lists the registry.
func Portals() []Portal { return append([]Portal(nil), portals()...) }

// PortalByName finds a portal by its name ("hanoi").
func PortalByName(name string) (Portal, bool) {
	for _, p := range portals() {
		if strings.EqualFold(p.Name, strings.TrimSpace(name)) {
			return p, true
		}
	}
	return Portal{}, false
}
