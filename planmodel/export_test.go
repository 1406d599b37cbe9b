package planmodel

// WantProblem lets the tests in package planmodel_test, which use the
// example plans, check validation problems as the package's own tests do.
var WantProblem = wantProblem
