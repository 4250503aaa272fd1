// chain/command-closure-up for a depth of at most 10 (the default): 10 levels instead of 20.
// @include chain/_command-closure-start
// @include chain/_command-level-up 10 times
// @include chain/_command-reach
