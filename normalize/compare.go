package normalize

// Compatible reports whether two numbers can describe the same quantity:
// the intervals their hedges imply overlap.
func (a Number) Compatible(b Number) bool {
	return a.Low <= b.High && b.Low <= a.High
}

// SameThing reports whether two numbers count the same thing.
func (a Number) SameThing(b Number) bool {
	return a.Unit == b.Unit
}

// Compatible reports whether two dates can name the same time, at the
// coarser of their two precisions.
func (a Date) Compatible(b Date) bool {
	p := min(a.Precision, b.Precision)
	if a.Year != 0 && b.Year != 0 && a.Year != b.Year {
		return false
	}
	if p >= Month && a.Month != b.Month {
		return false
	}
	return p < Day || a.Day == b.Day
}
