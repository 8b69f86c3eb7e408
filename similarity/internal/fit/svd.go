package fit

import (
	"math"
	"math/rand/v2"
	"sort"
)

// Sparse is a matrix of rows by columns stored by column: Cols[j] lists the
// non-zero entries of column j.
type Sparse struct {
	Rows int
	Cols [][]Entry
}

// Entry is one non-zero value of a Sparse column.
type Entry struct {
	Row   int32
	Value float64
}

// TruncatedSVD returns the k leading left singular vectors of m (Rows x k,
// row-major: u[i*k+c]) and their singular values, largest first, by the
// randomized range finder of Halko, Martinsson and Tropp (2011, "Finding
// structure with randomness", SIAM Review 53(2), algorithms 4.4 and 5.1):
// a Gaussian sketch of k+10 columns, power iterations re-orthonormalized
// each time, then the exact SVD of the small projected matrix (its Gram
// matrix by cyclic Jacobi). The seed makes it deterministic.
func TruncatedSVD(m Sparse, k, power int, seed uint64) (u, sigma []float64) {
	l := min(k+10, len(m.Cols), m.Rows)
	k = min(k, l)
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	// y = m·omega, Rows x l.
	y := make([]float64, m.Rows*l)
	omega := make([]float64, l)
	for _, col := range m.Cols {
		for c := range omega {
			omega[c] = rng.NormFloat64()
		}
		addOuter(y, l, col, omega)
	}
	orthonormalize(y, m.Rows, l)
	z := make([]float64, len(m.Cols)*l) // m^T·y, Cols x l
	for range power {
		mulT(m, y, l, z)
		orthonormalizeRows(z, len(m.Cols), l)
		clear(y)
		for j, col := range m.Cols {
			addOuter(y, l, col, z[j*l:(j+1)*l])
		}
		orthonormalize(y, m.Rows, l)
	}
	// b = y^T·m (l x Cols); b·b^T = V Λ V^T; u = y·V.
	mulT(m, y, l, z) // z = m^T y = b^T
	g := make([]float64, l*l)
	for j := range m.Cols {
		row := z[j*l : (j+1)*l]
		for a := range l {
			for c := 0; c <= a; c++ {
				g[a*l+c] += row[a] * row[c]
			}
		}
	}
	for a := range l {
		for c := 0; c < a; c++ {
			g[c*l+a] = g[a*l+c]
		}
	}
	vals, vecs := jacobiEigen(g, l)
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return vals[order[i]] > vals[order[j]] })
	u = make([]float64, m.Rows*k)
	sigma = make([]float64, k)
	for c := range k {
		e := order[c]
		sigma[c] = math.Sqrt(max(vals[e], 0))
		for i := range m.Rows {
			s := 0.0
			for a := range l {
				s += y[i*l+a] * vecs[a*l+e]
			}
			u[i*k+c] = s
		}
	}
	// Fix each vector's sign (largest entry positive) so the result does not
	// depend on the eigen solver's choice.
	for c := range k {
		big := 0.0
		for i := range m.Rows {
			if v := u[i*k+c]; math.Abs(v) > math.Abs(big) {
				big = v
			}
		}
		if big < 0 {
			for i := range m.Rows {
				u[i*k+c] = -u[i*k+c]
			}
		}
	}
	return u, sigma
}

// addOuter adds col ⊗ v to the row-major matrix y with l columns.
func addOuter(y []float64, l int, col []Entry, v []float64) {
	for _, e := range col {
		row := y[int(e.Row)*l : int(e.Row+1)*l]
		for c, x := range v {
			row[c] += e.Value * x
		}
	}
}

// mulT sets z (Cols x l) to m^T·y.
func mulT(m Sparse, y []float64, l int, z []float64) {
	clear(z)
	for j, col := range m.Cols {
		out := z[j*l : (j+1)*l]
		for _, e := range col {
			row := y[int(e.Row)*l : int(e.Row+1)*l]
			for c, x := range row {
				out[c] += e.Value * x
			}
		}
	}
}

// orthonormalize makes the l columns of the row-major n x l matrix y
// orthonormal by modified Gram-Schmidt, twice for stability; a column that
// vanishes is left zero.
func orthonormalize(y []float64, n, l int) {
	for range 2 {
		for c := range l {
			for p := range c {
				dot := 0.0
				for i := range n {
					dot += y[i*l+c] * y[i*l+p]
				}
				for i := range n {
					y[i*l+c] -= dot * y[i*l+p]
				}
			}
			norm := 0.0
			for i := range n {
				norm += y[i*l+c] * y[i*l+c]
			}
			norm = math.Sqrt(norm)
			if norm < 1e-12 {
				for i := range n {
					y[i*l+c] = 0
				}
				continue
			}
			for i := range n {
				y[i*l+c] /= norm
			}
		}
	}
}

// orthonormalizeRows is orthonormalize for the columns of z, n x l.
func orthonormalizeRows(z []float64, n, l int) { orthonormalize(z, n, l) }

// jacobiEigen returns the eigenvalues and eigenvectors (column e of the
// row-major n x n result) of the symmetric matrix a, by cyclic Jacobi
// rotations until the off-diagonal part is negligible.
func jacobiEigen(a []float64, n int) (vals, vecs []float64) {
	a = append([]float64(nil), a...)
	vecs = make([]float64, n*n)
	for i := range n {
		vecs[i*n+i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		off, diag := 0.0, 0.0
		for i := range n {
			diag += a[i*n+i] * a[i*n+i]
			for j := i + 1; j < n; j++ {
				off += a[i*n+j] * a[i*n+j]
			}
		}
		if off <= 1e-22*diag || off == 0 {
			break
		}
		for p := range n {
			for q := p + 1; q < n; q++ {
				apq := a[p*n+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*n+q] - a[p*n+p]) / (2 * apq)
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range n {
					akp, akq := a[k*n+p], a[k*n+q]
					a[k*n+p] = c*akp - s*akq
					a[k*n+q] = s*akp + c*akq
				}
				for k := range n {
					apk, aqk := a[p*n+k], a[q*n+k]
					a[p*n+k] = c*apk - s*aqk
					a[q*n+k] = s*apk + c*aqk
				}
				for k := range n {
					vkp, vkq := vecs[k*n+p], vecs[k*n+q]
					vecs[k*n+p] = c*vkp - s*vkq
					vecs[k*n+q] = s*vkp + c*vkq
				}
			}
		}
	}
	vals = make([]float64, n)
	for i := range n {
		vals[i] = a[i*n+i]
	}
	return vals, vecs
}
