package campaign

import (
	_ "embed"
	"encoding/json"
	"sync"
)

// Movement is a standing nationwide movement (phong trào) or campaign of
// persuasion (cuộc vận động) that a ministry, the armed forces, the
// Fatherland Front or a mass organisation runs, not one the Prime
// Minister launched: "Thi đua Quyết thắng" in the army, "Toàn dân bảo vệ
// an ninh Tổ quốc" in the police. Documents name them without quotes, so
// the parser needs their names to tell them from running text.
type Movement struct {
	Name    string   `json:"name"`
	Runs    string   `json:"runs"`    // who runs it
	Kind    string   `json:"kind"`    // phong_trao or cuoc_van_dong
	Aliases []string `json:"aliases"` // other names in use
}

//go:embed movements.json
var movementsJSON []byte

var movements = sync.OnceValue(func() []Movement {
	var f struct {
		Movements []Movement `json:"movements"`
	}
	if err := json.Unmarshal(movementsJSON, &f); err != nil {
		panic("campaign: embedded movements.json: " + err.Error()) // a build defect, caught by tests
	}
	return f.Movements
})

// Movements returns the standing movements and campaigns of persuasion,
// in the order of the data file (movements.json).
func Movements() []Movement {
	m := movements()
	out := make([]Movement, len(m))
	for i, x := range m {
		out[i] = x
		out[i].Aliases = append([]string(nil), x.Aliases...)
	}
	return out
}
