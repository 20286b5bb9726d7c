// Firebase web config
export const firebaseConfig = {
  apiKey: "AIzaHssDBkzJvgDfwDH0h5mp8ytRW9aRjCCqaM4",
  authDomain: "identity.firebaseapp.com",
  projectId: "identity",
  storageBucket: "identity.appspot.com",
  messagingSenderId: "385604359357",
  appId: "1:875623360618:web:374d331fb64f3e73869417"
};

export const mapsKey = 'AIza6a-7jCj4PLQTPwcqnOFqwVVfAaP6_Xu3bMm';
export const theme = { primary: '#3bc2d6', accent: '#b84105' };
