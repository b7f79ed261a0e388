package unipdf_test

import (
	"errors"
	"fmt"

	"github.com/vnthidua/thidua/parse/pdf/unipdf"
)

// Without a licence key in Config or the environment, New refuses.
func Example() {
	_, err := unipdf.New(unipdf.Config{})
	fmt.Println(errors.Is(err, unipdf.ErrUnlicensed))
	// Output:
	// true
}
